import IntervisionCore

/// Reads and decodes many group files on all cores. Each worker reuses one read buffer and one
/// string table, so loading a thousand files costs little besides the model itself.
enum GroupFileLoader {
    /// The result for one file.
    enum Outcome {
        case loaded(Group, FileStamp)
        case readOnly(Group, FileStamp, StoreError)
        case failed(FileStamp?, StoreError)
    }

    /// One file to load, and the group id its name promises.
    struct File {
        var path: String
        var id: GroupID
    }

    /// Loads `files`; outcome `i` belongs to `files[i]`.
    static func load(_ files: [File]) -> [Outcome] {
        Parallel.map(files.count, makeState: { (buffer: ReadBuffer(), strings: StringTable()) }) { state, index in
            loadOne(files[index], buffer: state.buffer, strings: state.strings)
        }
    }

    /// Reads and decodes one group file.
    static func loadOne(_ file: File, buffer: ReadBuffer, strings: StringTable?) -> Outcome {
        let path = file.path
        let count: Int
        let stamp: FileStamp
        do throws(StoreError) {
            (count, stamp) = try POSIX.readFile(path, into: buffer)
        } catch {
            return .failed(nil, error)
        }
        let bytes = buffer.bytes(count)
        let document: DecodedDocument<Group>
        do throws(DocumentFault) {
            document = try GroupDecoding.decode(bytes, strings: strings)
        } catch {
            return .failed(stamp, error.storeError(path: path, bytes: bytes))
        }
        let group = document.value
        guard group.id == file.id else {
            return .failed(stamp, .idMismatch(path: path, id: group.id))
        }
        if document.version > GroupCodec.version {
            return .readOnly(group, stamp, .newerVersion(path: path, version: document.version, supported: GroupCodec.version))
        }
        if !document.unknownFields.isEmpty {
            return .readOnly(group, stamp, .unknownFields(path: path, fields: document.unknownFields.map { $0.describe(in: bytes) }))
        }
        return .loaded(group, stamp)
    }
}
