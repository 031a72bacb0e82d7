# sources of core/audit
