use core::mem::size_of;
use ropwire::rop::*;
fn main() {
    println!(
        "req {} resp {}",
        size_of::<RopRequest>(),
        size_of::<RopResponse>()
    );
    println!("logon {}", size_of::<logon::LogonResponse>());
    println!("openfolder {}", size_of::<folder::OpenFolderResponse>());
    println!("queryrows {}", size_of::<table::QueryRowsResponse>());
    println!(
        "gps {}",
        size_of::<property::GetPropertiesSpecificResponse>()
    );
    println!("setprops {}", size_of::<property::SetPropertiesResponse>());
    println!("bts {}", size_of::<other::BufferTooSmallResponse>());
    println!("backoff {}", size_of::<other::BackoffResponse>());
    println!("createmsg {}", size_of::<message::CreateMessageResponse>());
}
