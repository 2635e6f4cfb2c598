[ { a = throw "x"; } ]
