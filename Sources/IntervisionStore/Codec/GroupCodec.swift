import Foundation
import IntervisionCore

/// One group as a file's bytes and back: what the store writes, and what export and import of a
/// single group use. The format is described in docs/data-format.md.
public enum GroupCodec {
    /// The `format` field of every group file.
    public static let formatName = "intervisie-group"
    /// The schema version this build writes and the newest it reads.
    public static let version = 1

    /// The file's bytes for `group` (UTF-8 JSON, one line per member, plan row, meeting).
    public static func encode(_ group: Group) -> Data {
        Data(GroupEncoding.encode(group))
    }

    /// The group in `data`. Strict, because an imported group will be saved again: throws
    /// `.corrupt` (with line and column), `.newerVersion` or `.unknownFields`, naming `source`.
    public static func decode(_ data: Data, source: String = "group file") throws(StoreError) -> Group {
        let result: Result<Group, StoreError> = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            do throws(DocumentFault) {
                let document = try GroupDecoding.decode(bytes)
                if document.version > version {
                    return .failure(.newerVersion(path: source, version: document.version, supported: version))
                }
                if !document.unknownFields.isEmpty {
                    return .failure(.unknownFields(path: source, fields: document.unknownFields.map { $0.describe(in: bytes) }))
                }
                return .success(document.value)
            } catch {
                return .failure(error.storeError(path: source, bytes: bytes))
            }
        }
        return try result.get()
    }
}
