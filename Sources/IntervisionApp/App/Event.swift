/// Everything that can happen to the app. Signals and resizes arrive as events too, so `update`
/// is the only place where state changes.
public enum Event: Sendable {
    case key(Key)
    case resize(Size)
    /// A periodic wake-up (the terminal layer polls signal flags between keys).
    case tick
    /// SIGTERM or SIGHUP arrived: leave cleanly. (SIGINT arrives as the key Ctrl-C.)
    case quitSignal
    case effectResult(EffectResult)
}
