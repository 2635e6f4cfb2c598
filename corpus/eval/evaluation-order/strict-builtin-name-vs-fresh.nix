{ zz = throw "zz"; map = throw "map"; }
