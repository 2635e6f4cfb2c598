undefinedVar + 1
