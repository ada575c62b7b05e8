#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IntervisionCore

extension Store {
    /// The supervisor's profile; nil when there is no `profile.json` yet. A file that cannot be
    /// read or does not parse is reported in `readOnly` (with its line and column) and taken as no
    /// profile; it is then never overwritten, so a hand edit can still be repaired.
    public func loadProfile() -> Loaded<Supervisor?> {
        loadSingle(profilePath, supportedVersion: ProfileCodec.version, absent: nil as Supervisor?) { (bytes) throws(DocumentFault) in
            let document = try ProfileCodec.decode(bytes)
            return DecodedDocument(value: Optional(document.value), version: document.version, unknownFields: document.unknownFields)
        }
    }

    /// Writes `profile.json` atomically; refused like a group save (read-only, unreadable, changed on disk).
    public func saveProfile(_ profile: Supervisor) throws(StoreError) {
        try locked { () throws(StoreError) in try writeChecked([profilePath]) { _ in ProfileCodec.encode(profile) } }
    }

    /// The user's settings; the defaults when there is no `settings.json` yet. A file that cannot
    /// be read or does not parse is reported in `readOnly` and the defaults are used; it is then
    /// never overwritten.
    public func loadSettings() -> Loaded<Settings> {
        loadSingle(settingsPath, supportedVersion: SettingsCodec.version, absent: Settings(), decode: SettingsCodec.decode)
    }

    /// Writes `settings.json` atomically; refused like a group save (read-only, unreadable, changed on disk).
    public func saveSettings(_ settings: Settings) throws(StoreError) {
        try locked { () throws(StoreError) in try writeChecked([settingsPath]) { _ in SettingsCodec.encode(settings) } }
    }

    /// Reads one small file and records what was read: `absent` when the file does not exist, or
    /// when it cannot be used (then with the reason in `readOnly`, and never saved over).
    private func loadSingle<Value: Sendable>(
        _ path: String, supportedVersion: Int, absent: Value,
        decode: (UnsafeBufferPointer<UInt8>) throws(DocumentFault) -> DecodedDocument<Value>
    ) -> Loaded<Value> {
        locked { () -> Loaded<Value> in
            let buffer = ReadBuffer(capacity: 4096)
            let count: Int
            let stamp: FileStamp
            do throws(StoreError) {
                (count, stamp) = try POSIX.readFile(path, into: buffer)
            } catch {
                if case .notFound = error {
                    records[path] = nil
                    return Loaded(value: absent)
                }
                records[path] = .unreadable(nil, error)
                return Loaded(value: absent, readOnly: error)
            }
            let bytes = buffer.bytes(count)
            let document: DecodedDocument<Value>
            do throws(DocumentFault) {
                document = try decode(bytes)
            } catch {
                let reason = error.storeError(path: path, bytes: bytes)
                records[path] = .unreadable(stamp, reason)
                return Loaded(value: absent, readOnly: reason)
            }
            var readOnly: StoreError?
            if document.version > supportedVersion {
                readOnly = .newerVersion(path: path, version: document.version, supported: supportedVersion)
            } else if !document.unknownFields.isEmpty {
                readOnly = .unknownFields(path: path, fields: document.unknownFields.map { $0.describe(in: bytes) })
            }
            records[path] = readOnly.map { .readOnly(stamp, $0) } ?? .writable(stamp)
            return Loaded(value: document.value, readOnly: readOnly)
        }
    }
}
