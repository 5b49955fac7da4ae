import Synchronization

/// A value made the first time it is asked for, on whichever thread asks first; a failure
/// is kept and given to every later caller too.
public final class Lazy<Value: Sendable>: Sendable {
    private let made: Mutex<Result<Value, any Error>?>
    private let make: @Sendable () throws -> Value

    /// A value to be made by `make`.
    public init(_ make: @escaping @Sendable () throws -> Value) {
        self.make = make
        made = Mutex(nil)
    }

    /// A value already made.
    public init(_ value: Value) {
        make = { value }
        made = Mutex(.success(value))
    }

    /// The value, made now when it was not yet.
    public func get() throws -> Value {
        try made.withLock { made in
            if let made { return try made.get() }
            let result = Result { try make() }
            made = result
            return try result.get()
        }
    }
}
