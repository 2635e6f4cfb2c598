{ a = throw "x"; }.a or 1
