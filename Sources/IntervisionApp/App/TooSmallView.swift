import IntervisionCore

enum TooSmallView {
    static func draw(_ canvas: inout Canvas, state: AppState) {
        let language = state.language
        let need = Layout.minimumSize
        let lines = [
            (AppTexts.tooSmallTitle.text(language), StyleRole.error),
            (AppTexts.tooSmallSize(need: need, have: state.size).text(language), StyleRole.text),
            (AppTexts.tooSmallHint.text(language), StyleRole.muted),
        ]
        let top = max(0, (canvas.size.height - lines.count) / 2)
        for (index, (text, role)) in lines.enumerated() {
            let width = DisplayWidth.of(text)
            canvas.write(text, row: top + index, column: max(0, (canvas.size.width - width) / 2), role: role)
        }
    }
}
