let __findFile = a: b: b; in <foo/bar>
