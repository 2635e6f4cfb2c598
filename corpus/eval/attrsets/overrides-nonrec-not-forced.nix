{ __overrides = throw "x"; a = 1; }.a
