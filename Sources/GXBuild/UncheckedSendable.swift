/// Carries a value across threads where the compiler cannot see that it is safe: the receiving side only reads or
/// releases it (or, for a closure, calls it where its caller guarantees concurrent calls are safe), and nothing changes
/// the value while it is shared.
// @unchecked Sendable: the point of the type; see above for when it may be used.
package struct UncheckedSendable<T>: @unchecked Sendable {
    package let value: T
    package init(_ value: T) { self.value = value }
}
