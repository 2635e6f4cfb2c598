{ zz = throw "zz"; name = throw "name"; }
