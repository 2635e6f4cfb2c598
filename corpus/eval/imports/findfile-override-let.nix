let __findFile = a: b: b; in <some/thing>
