{ zz = throw "zz"; body = throw "body"; }
