enum GlossPlaceholder {}
