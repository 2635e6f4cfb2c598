(rec { __overrides = throw "x"; a = 1; }).a
