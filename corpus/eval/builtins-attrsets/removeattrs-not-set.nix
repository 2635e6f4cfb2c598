removeAttrs [ ] [ ]
