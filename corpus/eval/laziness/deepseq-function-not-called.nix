builtins.deepSeq { f = x: throw "body"; } "ok"
