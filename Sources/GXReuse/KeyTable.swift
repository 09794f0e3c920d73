/// A hash table of 64-bit keys that are already hashes (shingle keys), each with a 32-bit value: open addressing with
/// linear probing, looked up by the key's own high bits.
///
/// Written here rather than taken from the standard library because text reuse looks up every shingle of every report
/// (millions per build), and `Set`/`Dictionary` hash each key again through SipHash, which cost most of the lookup.
/// The keys are uniformly distributed already, so their bits index the table directly. A slot holds its key, value and
/// whether it is used together: a corpus's common wording is a table larger than the processor's caches, and a lookup
/// then costs one memory access rather than one per array. `KeyTableTests` checks it against `Dictionary`.
struct KeyTable: Sendable {
    private struct Slot {
        var key: UInt64 = 0
        var value: Int32 = 0
        /// Whether the slot holds a key (0 is a valid key, so emptiness is kept apart).
        var used = false
    }

    private var slots: [Slot]
    private var shift: UInt64
    private(set) var count = 0

    /// An empty table with room for `capacity` keys before it grows.
    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(), count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// The slot of `key`: where it is, or the empty slot where it would go.
    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        // Multiplied first: the low 20 bits of a region's key hold the region, so the high bits alone would put every
        // region of one shingle in one run of slots.
        var i = Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        let mask = slots.count - 1
        while slots[i].used && slots[i].key != key { i = (i + 1) & mask }
        return i
    }

    /// The value of `key`, nil when absent.
    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        let i = slot(key)
        return slots[i].used ? slots[i].value : nil
    }

    /// Whether `key` is in the table.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool { slots[slot(key)].used }

    /// Sets `key`'s value.
    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        let i = slot(key)
        if !slots[i].used {
            slots[i].used = true
            slots[i].key = key
            count += 1
        }
        slots[i].value = value
    }

    /// Adds `key` (with value 0 when new).
    mutating func insert(_ key: UInt64) {
        if !contains(key) { set(key, 0) }
    }

    /// Every key in the table, ascending.
    var sortedKeys: [UInt64] {
        var all: [UInt64] = []
        all.reserveCapacity(count)
        for s in slots where s.used { all.append(s.key) }
        RadixSort.sort(&all)
        return all
    }

    private mutating func grow() {
        var bigger = KeyTable(capacity: slots.count)
        for s in slots where s.used { bigger.set(s.key, s.value) }
        self = bigger
    }
}
