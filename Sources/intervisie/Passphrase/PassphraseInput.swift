import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IntervisionCore

/// Where a passphrase comes from: `--passphrase-file F` (scripts; its first line), else the
/// terminal, asked without echo on /dev/tty (so it works when stdin and stdout are redirected).
struct PassphraseOptions: ParsableArguments {
    @Option(name: .customLong("passphrase-file"),
            help: ArgumentHelp("Read the passphrase from the first line of this file (for scripts) instead of asking.", valueName: "file"))
    var passphraseFile: String?

    /// The passphrase for opening a file: asked once.
    func forOpening(_ file: String, language: Language) throws -> String {
        if let passphraseFile { return try Self.read(passphraseFile) }
        return try HiddenInput.ask(CommandText.passphraseFor(file).text(language), language: language)
    }

    /// The passphrase for a new encrypted file: asked twice, the two must match.
    func forWriting(language: Language) throws -> String {
        if let passphraseFile { return try Self.read(passphraseFile) }
        let first = try HiddenInput.ask(CommandText.passphrase.text(language), language: language)
        let second = try HiddenInput.ask(CommandText.passphraseAgain.text(language), language: language)
        guard first == second else { throw CLIError(CommandText.passphrasesDiffer) }
        return first
    }

    /// The first line of `path`, without its line ending. A FIFO (`<(pass show …)`) is fine; at
    /// most 4 KiB is read.
    static func read(_ path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CLIError(CommandText.passphraseFileUnreadable(path))
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: 4096)) ?? Data()
        let firstLine = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).first ?? Data()
        var text = String(decoding: firstLine, as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        guard !text.isEmpty else {
            throw CLIError(CommandText.passphraseFileEmpty(path))
        }
        return text
    }
}

/// Reads a line from the terminal with echo off (termios), restoring the terminal afterwards, also
/// when the user presses Ctrl-C.
enum HiddenInput {
    static func ask(_ prompt: String, language: Language) throws -> String {
        let tty = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard tty >= 0 else {
            throw CLIError(CommandText.noTerminalForPassphrase)
        }
        defer { close(tty) }
        var original = termios()
        let isTerminal = tcgetattr(tty, &original) == 0
        if isTerminal {
            var silent = original
            silent.c_lflag &= ~tcflag_t(ECHO)
            silent.c_lflag |= tcflag_t(ECHONL)
            TerminalRestore.arm(tty, original)
            tcsetattr(tty, TCSAFLUSH, &silent)
        }
        defer {
            if isTerminal {
                tcsetattr(tty, TCSAFLUSH, &original)
                TerminalRestore.disarm()
            }
        }
        // The prompt may name a file: shown safely, like everything the command line prints.
        _ = ControlPictures.visible(prompt).withCString { write(tty, $0, strlen($0)) }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while bytes.count < 4096 {
            let count = read(tty, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 || byte == UInt8(ascii: "\n") { break }
            bytes.append(byte)
        }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        let text = String(decoding: bytes, as: UTF8.self)
        guard !text.isEmpty else { throw CLIError(CommandText.noPassphrase) }
        return text
    }
}

/// Puts the terminal back (echo on) when a signal ends the process while a passphrase is being
/// typed; only async-signal-safe calls in the handler.
enum TerminalRestore {
    nonisolated(unsafe) private static var descriptor: Int32 = -1
    nonisolated(unsafe) private static var saved = termios()
    private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    static func arm(_ tty: Int32, _ state: termios) {
        saved = state
        descriptor = tty
        for number in signals {
            signal(number) { received in
                if TerminalRestore.descriptor >= 0 { tcsetattr(TerminalRestore.descriptor, TCSANOW, &TerminalRestore.saved) }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    static func disarm() {
        descriptor = -1
        for number in signals { signal(number, SIG_DFL) }
    }
}

/// The texts of the passphrase questions and refusals.
extension CommandText {
    static func passphraseFor(_ file: String) -> LocalizedText { LocalizedText(nl: "Wachtzin voor \(file): ", en: "Passphrase for \(file): ") }
    static let passphrase = LocalizedText(nl: "Wachtzin: ", en: "Passphrase: ")
    static let passphraseAgain = LocalizedText(nl: "Nogmaals: ", en: "Again: ")
    static let passphrasesDiffer = LocalizedText(nl: "de twee wachtzinnen verschillen; niets geschreven", en: "the two passphrases differ; nothing written")
    static let noPassphrase = LocalizedText(nl: "geen wachtzin ingevoerd; niets gedaan", en: "no passphrase entered; nothing done")
    static let noTerminalForPassphrase = LocalizedText(nl: "geen terminal om de wachtzin te vragen; gebruik --passphrase-file",
                                                       en: "no terminal to ask for the passphrase; use --passphrase-file")
    static func passphraseFileUnreadable(_ path: String) -> LocalizedText {
        LocalizedText(nl: "--passphrase-file: kan \(path) niet lezen", en: "--passphrase-file: cannot read \(path)")
    }
    static func passphraseFileEmpty(_ path: String) -> LocalizedText {
        LocalizedText(nl: "--passphrase-file: de eerste regel van \(path) is leeg", en: "--passphrase-file: the first line of \(path) is empty")
    }
    static let passphraseOptionsNeedEncrypt = LocalizedText(nl: "--generate-passphrase en --passphrase-file horen bij --encrypt",
                                                            en: "--generate-passphrase and --passphrase-file go with --encrypt")
    static let onePassphraseSource = LocalizedText(nl: "kies --generate-passphrase of --passphrase-file, niet beide",
                                                   en: "choose --generate-passphrase or --passphrase-file, not both")
    static let generatedPassphrase = LocalizedText(nl: "Wachtzin (geef die apart door, bijvoorbeeld telefonisch): ",
                                                   en: "Passphrase (pass it on separately, by phone for example): ")
}
