{ __toString = self: { }; }
