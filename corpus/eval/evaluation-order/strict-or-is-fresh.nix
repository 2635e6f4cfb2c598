{ zz = throw "zz"; or = throw "or"; }
