{ x = throw "x"; zz = throw "zz"; }
