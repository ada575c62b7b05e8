import Foundation
import Testing

/// Independent readers of the files the command line writes (python-docx, icalendar, csv), so a
/// file that only "works" with our own code would fail.
enum PythonReader {
    /// Runs `script` with `arguments` (sys.argv[1:]) and decodes its stdout as JSON.
    static func json(_ script: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Any {
        // The machine's own environment: python-docx may be installed for this user (~/.local).
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONIOENCODING"] = "utf-8"
        let result = Binary.spawn(["/usr/bin/env", "python3", "-c", script] + arguments, environment: environment)
        #expect(result.status == 0, "python failed: \(result.stderr)", sourceLocation: sourceLocation)
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    /// pyrage (rage, another age implementation): `operation` ("encrypt" or "decrypt") of the file
    /// `input` with a passphrase, written to `output`.
    static func pyrage(_ operation: String, _ input: String, _ output: String, _ passphrase: String) -> Binary.Result {
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONIOENCODING"] = "utf-8"
        let script = "import sys, pyrage; open(sys.argv[2], 'wb').write(pyrage.passphrase.\(operation)(open(sys.argv[1], 'rb').read(), sys.argv[3]))"
        return Binary.spawn(["/usr/bin/env", "python3", "-c", script, input, output, passphrase], environment: environment)
    }

    /// Every table of a DOCX as rows of cell texts, and the text of its headers and footers.
    static let docx = """
        import sys, json, docx
        d = docx.Document(sys.argv[1])
        tables = [[[c.text for c in row.cells] for row in t.rows] for t in d.tables]
        paragraphs = [p.text for p in d.paragraphs]
        headers = [p.text for s in d.sections for p in s.header.paragraphs]
        footers = [p.text for s in d.sections for p in s.footer.paragraphs]
        print(json.dumps({"tables": tables, "paragraphs": paragraphs, "headers": headers, "footers": footers}))
        """

    /// The events of an iCalendar file: start date, summary, uid.
    static let ics = """
        import sys, json, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        events = [{"start": e.decoded('DTSTART').isoformat(), "end": e.decoded('DTEND').isoformat(),
                   "summary": str(e.get('SUMMARY')), "uid": str(e.get('UID'))} for e in cal.walk('VEVENT')]
        print(json.dumps({"version": str(cal.get('VERSION')), "events": events}))
        """

    /// The rows of a CSV file, as Python's csv module reads them.
    static let csv = """
        import sys, json, csv
        with open(sys.argv[1], newline='', encoding='utf-8') as f:
            print(json.dumps(list(csv.reader(f))))
        """
}

extension Binary {
    /// Runs the binary with `directory` as its working folder (where exports go by default).
    static func run(in directory: String, _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil) -> Result {
        var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "INTERVISIE_TODAY": "2026-11-22", "LANG": "C.UTF-8"]
        for (key, value) in environment { env[key] = value }
        return spawn(["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory, url.path] + arguments, environment: env, stdin: stdin)
    }
}
