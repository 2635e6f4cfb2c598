let fix = f: let x = f x; in x; in fix (self: self + 1)
