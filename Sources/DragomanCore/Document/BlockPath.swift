/// Paths of blocks and sentences in a post (`body/ul[2]/li[3]/p[1]/s[2]`): each step is a name and the
/// 1-based count of such children in its parent.
enum BlockPath {
    /// `<parent>/<name>[<number>]`, written into one string of the exact length (an interpolation grows its
    /// buffer piece by piece, and a path is made for most blocks and sentences of a post).
    static func child(of parent: String, _ name: StaticString, _ number: Int) -> String {
        var digits = 1
        var power = 10
        while number >= power {
            digits += 1
            power *= 10
        }
        var parent = parent
        return parent.withUTF8 { parent in
            name.withUTF8Buffer { name in
                String(unsafeUninitializedCapacity: parent.count + name.count + digits + 3) { buffer in
                    var index = 0
                    for byte in parent {
                        buffer[index] = byte
                        index += 1
                    }
                    buffer[index] = UInt8(ascii: "/")
                    index += 1
                    for byte in name {
                        buffer[index] = byte
                        index += 1
                    }
                    buffer[index] = UInt8(ascii: "[")
                    var value = number
                    for position in stride(from: index + digits, to: index, by: -1) {
                        buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
                        value /= 10
                    }
                    index += digits + 1
                    buffer[index] = UInt8(ascii: "]")
                    return index + 1
                }
            }
        }
    }
}
