let { zz = throw "zz"; body = { q = throw "q"; body = throw "body"; }; }
