#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IntervisionCore

extension Store {
    /// The supervisor's profile; nil when there is no `profile.json` yet. Throws `.corrupt` for a
    /// file that does not parse (it will then never be overwritten).
    public func loadProfile() throws(StoreError) -> Loaded<Supervisor?> {
        guard let loaded = try loadSingle(profilePath, supportedVersion: ProfileCodec.version, decode: ProfileCodec.decode) else { return Loaded(value: nil) }
        return Loaded(value: loaded.value, readOnly: loaded.readOnly)
    }

    /// Writes `profile.json` atomically; refused like a group save (read-only, unreadable, changed on disk).
    public func saveProfile(_ profile: Supervisor) throws(StoreError) {
        try locked { () throws(StoreError) in try writeChecked([profilePath]) { _ in ProfileCodec.encode(profile) } }
    }

    /// The user's settings; the defaults when there is no `settings.json` yet. Throws `.corrupt`
    /// for a file that does not parse (it will then never be overwritten).
    public func loadSettings() throws(StoreError) -> Loaded<Settings> {
        try loadSingle(settingsPath, supportedVersion: SettingsCodec.version, decode: SettingsCodec.decode) ?? Loaded(value: Settings())
    }

    /// Writes `settings.json` atomically; refused like a group save (read-only, unreadable, changed on disk).
    public func saveSettings(_ settings: Settings) throws(StoreError) {
        try locked { () throws(StoreError) in try writeChecked([settingsPath]) { _ in SettingsCodec.encode(settings) } }
    }

    /// Reads one small file and records what was read; nil when the file does not exist.
    private func loadSingle<Value: Sendable>(
        _ path: String, supportedVersion: Int, decode: (UnsafeBufferPointer<UInt8>) throws(DocumentFault) -> DecodedDocument<Value>
    ) throws(StoreError) -> Loaded<Value>? {
        try locked { () throws(StoreError) -> Loaded<Value>? in
            let buffer = ReadBuffer(capacity: 4096)
            let count: Int
            let stamp: FileStamp
            do throws(StoreError) {
                (count, stamp) = try POSIX.readFile(path, into: buffer)
            } catch {
                if case .ioFailure(_, _, let code) = error, code == ENOENT {
                    records[path] = nil
                    return nil
                }
                records[path] = .unreadable(nil, error)
                throw error
            }
            let bytes = buffer.bytes(count)
            let document: DecodedDocument<Value>
            do throws(DocumentFault) {
                document = try decode(bytes)
            } catch {
                let reason = error.storeError(path: path, bytes: bytes)
                records[path] = .unreadable(stamp, reason)
                throw reason
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
