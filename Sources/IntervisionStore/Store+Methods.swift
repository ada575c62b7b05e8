import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IntervisionCore

/// The intervision methods: shipped with the app in `Sources/IntervisionStore/Resources/methods.json`
/// (a bundle resource), extended or overridden by the user's `<data folder>/methods.json`.
public struct MethodLoad: Sendable {
    /// Shipped methods with the user's laid over them (or the shipped ones alone).
    public var library: MethodLibrary
    /// Why the user's file could not be used; the shipped methods still are.
    public var problem: StoreError?

    public init(library: MethodLibrary, problem: StoreError? = nil) {
        self.library = library
        self.problem = problem
    }
}

extension Store {
    /// `methods.json` in the data folder: the user's own methods (read only; the app never writes it).
    public var methodsPath: String { folderPath + "/methods.json" }

    /// The methods as shipped. A fault in the shipped file is a bug caught by the store tests; the
    /// app then simply offers none.
    public static let shippedMethods: [IntervisionMethod] = {
        guard let url = Bundle.module.url(forResource: "methods", withExtension: "json"),
              let data = try? Data(contentsOf: url),
              let methods = try? decodeMethods(Array(data), path: url.path) else { return [] }
        return methods
    }()

    /// The shipped methods plus the user's file. A missing file is no problem; a broken one is
    /// named with its line and column, and the shipped methods are used as they are.
    public func loadMethods() -> MethodLoad {
        let shipped = Store.shippedMethods
        let path = methodsPath
        let buffer = ReadBuffer(capacity: 16 * 1024)
        let count: Int
        do throws(StoreError) {
            (count, _) = try POSIX.readFile(path, into: buffer)
        } catch {
            if case .notFound = error { return MethodLoad(library: MethodLibrary(shipped)) }
            return MethodLoad(library: MethodLibrary(shipped), problem: error)
        }
        do throws(StoreError) {
            let user = try Store.decodeMethods(Array(UnsafeBufferPointer(start: buffer.base, count: count)), path: path)
            return MethodLoad(library: MethodLibrary.merged(shipped: shipped, user: user))
        } catch {
            return MethodLoad(library: MethodLibrary(shipped), problem: error)
        }
    }

    static func decodeMethods(_ bytes: [UInt8], path: String) throws(StoreError) -> [IntervisionMethod] {
        try bytes.withUnsafeBufferPointer { (buffer) throws(StoreError) -> [IntervisionMethod] in
            do throws(DocumentFault) {
                return try MethodsCodec.decode(buffer).value
            } catch {
                throw error.storeError(path: path, bytes: buffer)
            }
        }
    }
}
