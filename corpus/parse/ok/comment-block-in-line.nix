# /* not a block comment
1
