({ a = throw "x"; } // { a = 2; }).a
