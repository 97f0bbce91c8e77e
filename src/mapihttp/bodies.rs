//! Connect, Disconnect and NotificationWait request and response bodies, and PING
//! ([MS-OXCMAPIHTTP] 2.2.4.1, 2.2.4.3, 2.2.4.4, 2.2.6).
