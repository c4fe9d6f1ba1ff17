//! Allocator tuning for long articles (glibc's malloc), kept out of the command's logic.

/// Tunes glibc's allocator for a long article's few large lists and many small strings.
/// It gives freed memory back once a megabyte of it is free: by default it keeps more and
/// more after large buffers are freed (up to 64 MB), and a 10 MB article peaked at 54 MB
/// instead of 44 MB. It keeps 4 MB at the top of each heap, though, and grows a heap by as
/// much. And lists of up to 32 MB (glibc's own ceiling for this threshold) come from the
/// heaps rather than from a mapping of their own each: the lists the reader makes and
/// drops, one after the other, reuse the same pages instead of faulting in new ones (12.3k
/// -> 7.5k page faults for the 10 MB file; peak 44.2 MB).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn return_freed_memory() {
    // SAFETY: mallopt only sets the allocator's parameters, before any thread starts.
    unsafe {
        libc::mallopt(libc::M_TRIM_THRESHOLD, 1 << 20);
        libc::mallopt(libc::M_TOP_PAD, 4 << 20);
        libc::mallopt(libc::M_MMAP_THRESHOLD, 32 << 20);
    }
}

/// Other allocators return freed memory on their own terms.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn return_freed_memory() {}

/// Makes room, on each of rayon's threads, for the memory a long article's tree will take,
/// while the input is mapped or read. glibc grows a thread's heap only by what each allocation needs,
/// with an mprotect call that takes the memory-map lock every other core's page faults wait
/// for: building the tree of the 10 MB file made 2,350 of them. A few blocks under the mmap
/// threshold (`return_freed_memory` sets it) grow the heap in as many calls; freed, their
/// pages go back to the system but the heap's address range stays writable.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn make_room_for_tree(input_len: u64) {
    const BLOCK: usize = 8 << 20;
    /// One heap holds 64 MB; past that glibc maps another.
    const MOST: u64 = 60 << 20;
    let per_thread = usize::try_from((2 * input_len).min(MOST)).unwrap_or(0);
    if per_thread < BLOCK {
        return;
    }
    rayon::spawn_broadcast(move |_| {
        let blocks: Vec<Vec<u8>> = (0..per_thread.div_ceil(BLOCK))
            // black_box: an allocation nothing uses may otherwise be left out.
            .map(|_| std::hint::black_box(Vec::with_capacity(BLOCK)))
            .collect();
        drop(blocks);
    });
}

/// Other allocators grow their heaps on their own terms.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn make_room_for_tree(_input_len: u64) {}

/// Gives the pages of memory freed while reading back to the system (glibc keeps them, in
/// the middle of each thread's heap, for the next allocations).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn give_back_freed() {
    // SAFETY: malloc_trim only returns whole free pages of the allocator's heaps.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Other allocators return freed memory on their own terms.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn give_back_freed() {}
