# sources of core/formats
