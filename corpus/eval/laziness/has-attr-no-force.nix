{ a = throw "x"; } ? a
