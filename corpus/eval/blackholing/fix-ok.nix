let fix = f: let x = f x; in x; in (fix (self: { a = 2; b = self.a * 3; })).b
