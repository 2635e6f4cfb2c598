"ab"
