({ a ? throw "missing a" }: a) { }
