# leading comment
1 # trailing comment
# final
