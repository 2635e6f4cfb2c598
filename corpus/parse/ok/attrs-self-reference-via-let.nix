let self = { a = 1; b = self.a; }; in self
