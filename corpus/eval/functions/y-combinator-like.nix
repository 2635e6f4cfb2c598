let fix = f: f (fix f); fact = fix (self: n: if n == 0 then 1 else n * self (n - 1)); in fact 10
