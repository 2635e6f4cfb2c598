toString [ [ ] [ ] 1 [ ] ]
