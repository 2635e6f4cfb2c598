{ zz = throw "zz"; __toString = throw "ts"; }
