import Crypto

/// SHA-256 (FIPS 180-4) through swift-crypto (BoringSSL's assembly on Linux, CryptoKit on Apple platforms), behind the
/// few calls the build makes: one-shot digests as bytes or hex, and `Incremental` for files hashed as they are written.
public enum SHA256 {
    /// The 32-byte digest of raw bytes.
    public static func hash(bytes: UnsafeRawBufferPointer) -> [UInt8] {
        // The digest's own storage is read once: its Sequence conformance would go byte by byte.
        Crypto.SHA256.hash(data: bytes).withUnsafeBytes { Array($0) }
    }

    /// The 32-byte digest of `data`.
    public static func hash(_ data: some Collection<UInt8>) -> [UInt8] {
        if let result = data.withContiguousStorageIfAvailable({ hash(bytes: UnsafeRawBufferPointer($0)) }) { return result }
        return Array(data).withUnsafeBytes { hash(bytes: $0) }
    }

    /// The digest of `data` as 64 lowercase hex digits.
    public static func hex(_ data: some Collection<UInt8>) -> String {
        if let result = data.withContiguousStorageIfAvailable({ hex(bytes: UnsafeRawBufferPointer($0)) }) { return result }
        return Array(data).withUnsafeBytes { hex(bytes: $0) }
    }

    /// The digest of raw bytes as 64 lowercase hex digits.
    public static func hex(bytes: UnsafeRawBufferPointer) -> String {
        Digest(of: bytes).hex
    }
}
