builtins.deepSeq { a.b.c = throw "deep attr"; } "ok"
