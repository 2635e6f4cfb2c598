let f = if true then { a }: a else null; in f { }
