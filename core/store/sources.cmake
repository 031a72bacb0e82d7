# sources of core/store
