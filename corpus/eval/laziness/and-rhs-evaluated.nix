true && throw "rhs evaluated"
