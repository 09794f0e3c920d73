import Foundation

extension SHA256 {
    /// SHA-256 of bytes given piece by piece, for a file written as it is made: libcrypto's `SHA256_Init`, `_Update` and
    /// `_Final` when present, else `Portable`. Gives what `hash` gives for the same bytes however they are cut.
    final class Incremental {
        private typealias Initialise = @convention(c) (UnsafeMutableRawPointer?) -> Int32
        private typealias Update = @convention(c) (UnsafeMutableRawPointer?, UnsafeRawPointer?, Int) -> Int32
        private typealias Final = @convention(c) (UnsafeMutablePointer<UInt8>?, UnsafeMutableRawPointer?) -> Int32
        private typealias Functions = (initialise: Initialise, update: Update, final: Final)

        /// libcrypto's three functions, looked up once; nil when the library or one of them is missing.
        private static let system: Functions? = libcrypto(["SHA256_Init", "SHA256_Update", "SHA256_Final"]).map {
            (unsafeBitCast($0[0], to: Initialise.self), unsafeBitCast($0[1], to: Update.self), unsafeBitCast($0[2], to: Final.self))
        }

        /// libcrypto's `SHA256_CTX` (112 bytes), with room to spare.
        private let context: UnsafeMutableRawPointer?
        private let functions: Functions?
        private var portable = Portable()

        /// A digest of nothing yet; `portable` keeps to the Swift code whatever the system has (tests compare the two).
        init(portable: Bool = false) {
            functions = portable ? nil : Self.system
            if let functions {
                let context = UnsafeMutableRawPointer.allocate(byteCount: 256, alignment: 16)
                _ = functions.initialise(context)
                self.context = context
            } else {
                context = nil
            }
        }

        deinit {
            context?.deallocate()
        }

        /// Adds `bytes` after those added so far.
        func add(_ bytes: UnsafeRawBufferPointer) {
            if let functions {
                _ = functions.update(context, bytes.baseAddress, bytes.count)
            } else {
                portable.add(bytes)
            }
        }

        /// The digest of everything added; nothing may be added after.
        func finish() -> [UInt8] {
            guard let functions else { return portable.finish() }
            var digest = [UInt8](repeating: 0, count: 32)
            digest.withUnsafeMutableBufferPointer { _ = functions.final($0.baseAddress, context) }
            return digest
        }
    }
}
