"${throw "first"}${throw "second"}"
